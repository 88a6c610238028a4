import { desktop } from './browser';
import { everyPageSuite } from './every-page';

// At desktop width, one visit per page also prints each module step (a clinician's printout).
everyPageSuite('desktop', desktop, { print: true });
