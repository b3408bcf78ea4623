/**
 * Runs one IPC request against the handler table: validates the request with the contract's
 * schema and answers with an envelope. Shared by Electron's registration and the e2e host, so both
 * exercise the same checks.
 */
import { requestSchemas, type Channel, type Envelope } from '../shared/ipc';
import type { HandlerTable } from './handlers';
import { errorCode } from './services/errors';

export async function dispatch(handlers: HandlerTable, channel: string, request: unknown): Promise<Envelope<unknown>> {
  if (!Object.hasOwn(requestSchemas, channel)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${channel}` } };
  }
  const known = channel as Channel;
  const parsed = requestSchemas[known].safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: { code: 'bad-request', message: `Bad request to ${channel}${where}: ${issue?.message ?? 'invalid'}` } };
  }
  try {
    const handler = handlers[known] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: { code: errorCode(error), message: error instanceof Error ? error.message : String(error) } };
  }
}
