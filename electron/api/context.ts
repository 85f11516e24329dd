/** Who is asking and from where: passed to every handler, recorded in the audit trail. */
export interface RequestContext {
  /** The acting user: the OS user in the desktop app, the server's user in server mode. */
  actor: string;
  /** How the request arrived. */
  transport: 'ipc' | 'http' | 'cli' | 'test';
  /** The client's address (server mode). */
  ip?: string;
  /** The client's user agent (server mode). */
  userAgent?: string;
  /** The tenant the request acts for, where the store has tenants. */
  tenant?: string;
}
