/** IPC sender validation: only the app's own top frame may call a handler. */
import { isAppUrl } from './navigation-policy';

/** The facts about an IPC sender that decide whether it is trusted. */
export interface SenderFacts {
  /** The sending frame's URL, or undefined when the frame is gone. */
  url: string | undefined;
  /** True when the frame is the window's top frame (not an iframe). */
  isTopFrame: boolean;
  /** True when it belongs to the app's own window. */
  isAppWindow: boolean;
}

/** True when the sender may use the contract. */
export function isTrustedSender(sender: SenderFacts, appUrl: string): boolean {
  return sender.isAppWindow && sender.isTopFrame && sender.url !== undefined && isAppUrl(sender.url, appUrl);
}
