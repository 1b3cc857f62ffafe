import type { HandlerContext } from './context';
import { contactHandlers } from './contacts';
import { draftHandlers } from './drafts';
import { guideHandlers } from './guide';
import { lintHandlers } from './lint';
import { pdfHandlers } from './pdf';
import { recoveryHandlers } from './recovery';
import { Services } from './services';
import { settingsHandlers } from './settings';
import { systemHandlers } from './system';
import { templateHandlers } from './templates';
import type { Handlers } from './types';

export type { HandlerContext, Dialogs, HandlerPaths } from './context';
export type { Handlers } from './types';
export { Services } from './services';

/** Every handler of the contract over one context; `services.flush()` before quitting. */
export function createHandlers(ctx: HandlerContext): { handlers: Handlers; services: Services } {
  const services = new Services(ctx);
  const handlers: Handlers = {
    ...templateHandlers(services),
    ...draftHandlers(services),
    ...recoveryHandlers(services),
    ...settingsHandlers(services),
    ...contactHandlers(services),
    ...guideHandlers(services),
    ...lintHandlers(services),
    ...pdfHandlers(services),
    ...systemHandlers(services),
  };
  return { handlers, services };
}
