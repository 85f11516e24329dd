/**
 * The renderer's first module: the first screen's requests leave before the rest of the code is
 * evaluated (ICU's start-up alone takes tens of milliseconds), so the answers are on their way
 * meanwhile. Import it first in main.tsx.
 */
import { prefetchFirstScreen } from './app/first-screen';

/** How long the first render waits for the first screen's data before showing the studio without it. */
const FIRST_SCREEN_WAIT_MS = 500;

/** Settles when the first screen's data is at hand, or at the deadline. */
export const firstScreenReady = prefetchFirstScreen(FIRST_SCREEN_WAIT_MS);
