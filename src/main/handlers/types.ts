import type { z } from 'zod';
import type { Contract, Group, MethodOf, ResultOf } from '../../shared/ipc';

/** The payload a handler receives: already parsed (and defaulted) by the channel's schema. */
export type ParsedPayload<G extends Group, M extends MethodOf<G>> = Contract[G][M] extends {
  payload: infer P extends z.ZodType;
}
  ? z.output<P>
  : never;

/** Handlers return the value or throw an OliveError; the IPC wrapper turns both into a Result. */
export type Handler<G extends Group, M extends MethodOf<G>> = (payload: ParsedPayload<G, M>) => Promise<ResultOf<G, M>>;

export type Handlers = { [G in Group]: { [M in MethodOf<G>]: Handler<G, M> } };
