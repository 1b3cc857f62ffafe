import { isOliveError } from '../../core/errors';
import {
  API_METHODS,
  channelName,
  contract,
  type Group,
  type IpcError,
  type MethodOf,
  type Result,
} from '../../shared/ipc';
import type { ZodType } from 'zod';
import { describeZodError } from '../../core/draft/parse';
import type { Handlers } from '../handlers/types';
import { isRendererPage } from '../security-policy';

/** The parts of Electron's IpcMainInvokeEvent the wrapper reads; tests pass plain objects. */
export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent?: unknown } | null;
}

export type SenderCheck = (event: IpcEventLike) => boolean;

/**
 * Trusts only the top frame of our own window showing our own page: scheme, host, port and path
 * must all be the renderer's (app://olive/index.html, or the dev server's page in development);
 * query and hash are ignored. A frame on another host, a file: URL or a child frame is refused.
 */
export function createSenderCheck(options: {
  rendererUrl: () => string | undefined;
  webContentsId: () => number | undefined;
}): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    const expected = options.rendererUrl();
    if (!frame || expected === undefined) return false;
    if (frame.parent !== null && frame.parent !== undefined) return false;
    if (event.sender.id !== options.webContentsId()) return false;
    return isRendererPage(frame.url, expected);
  };
}

function toIpcError(error: unknown, log?: (message: string, error?: unknown) => void): IpcError {
  if (isOliveError(error))
    return error.where === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, where: error.where };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    const where = (error as NodeJS.ErrnoException).path;
    return {
      code: `io/${code.toLowerCase()}`,
      message: `the file could not be read or written (${code})`,
      ...(where ? { where } : {}),
    };
  }
  log?.('unexpected error in an IPC handler', error);
  return {
    code: 'internal',
    message: 'something went wrong inside Olive Branch; your text is safe in the recovery copy',
  };
}

export type Invoke = (event: IpcEventLike, payload: unknown) => Promise<Result<unknown>>;

/** One channel's guard: sender check, payload validation, handler, Result. Never throws. */
export function wrapHandler<G extends Group, M extends MethodOf<G>>(
  group: G,
  method: M,
  handler: (payload: never) => Promise<unknown>,
  isTrusted: SenderCheck,
  log?: (message: string, error?: unknown) => void,
): Invoke {
  const schema = (contract[group] as Record<string, { payload: ZodType }>)[method];
  if (!schema) throw new Error(`no channel ${group}.${method} in the contract`);
  return async (event, payload) => {
    if (!isTrusted(event)) {
      log?.(`refused ${channelName(group, method)} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return {
        ok: false,
        error: { code: 'ipc/forbidden-sender', message: 'this request did not come from the Olive Branch window' },
      };
    }
    const parsed = schema.payload.safeParse(payload);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'ipc/invalid-payload',
          message: `invalid request for ${group}.${method}: ${describeZodError(parsed.error)}`,
        },
      };
    }
    try {
      return { ok: true, value: await handler(parsed.data as never) };
    } catch (error) {
      return { ok: false, error: toIpcError(error, log) };
    }
  };
}

/** Every channel of the contract, wrapped: wire name -> guarded invoke. */
export function wrapAll(
  handlers: Handlers,
  isTrusted: SenderCheck,
  log?: (message: string, error?: unknown) => void,
): Map<string, Invoke> {
  const table = new Map<string, Invoke>();
  for (const group of Object.keys(API_METHODS) as Group[]) {
    const methods: readonly string[] = API_METHODS[group];
    const byMethod = handlers[group] as Record<string, (payload: never) => Promise<unknown>>;
    for (const method of methods) {
      const handler = byMethod[method];
      if (!handler) throw new Error(`no handler for ${group}.${method}`);
      table.set(channelName(group, method), wrapHandler(group, method as MethodOf<Group>, handler, isTrusted, log));
    }
  }
  return table;
}
