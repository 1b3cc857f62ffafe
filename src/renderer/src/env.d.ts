/** Vite's `?url` imports: the emitted asset's URL. */
declare module '*?url' {
  const url: string;
  export default url;
}

/** Plain CSS imported for its side effect; Vite bundles it into the page's style sheet. */
declare module '*.css';

/** Vite's `?inline` CSS imports: the processed style sheet as a string. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
