/** Character codes the engine compares against (`text.charCodeAt(i) === QUESTION_MARK`). */
export const EXCLAMATION_MARK = 0x21;
export const QUESTION_MARK = 0x3f;
