import type { Problem } from '../post';

/** An edit that was refused so that nothing the user wrote is lost (unparseable block, unsupported format). */
export class FrontMatterEditError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'FrontMatterEditError';
  }
}
