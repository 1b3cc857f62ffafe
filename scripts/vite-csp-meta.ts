/**
 * Vite plugin: writes the renderer's one Content-Security-Policy (src/main/security-policy.ts)
 * into index.html's meta tag. Builds get the strict policy; `npm run dev` gets the dev server's,
 * which allows the inline scripts and styles Vite injects (a strict meta tag would block them
 * whatever header main sends, since the browser enforces both).
 */
import type { Plugin, ViteDevServer } from 'vite';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy, withMetaPolicy } from '../src/main/security-policy';

function devOrigin(server: ViteDevServer): string {
  const url = server.resolvedUrls?.local[0];
  return url ? new URL(url).origin : `http://localhost:${server.config.server.port ?? 5173}`;
}

export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'olive-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) =>
        withMetaPolicy(html, ctx.server ? devContentSecurityPolicy(devOrigin(ctx.server)) : CONTENT_SECURITY_POLICY),
    },
  };
}
