import { desktop } from './browser';
import { everyPageSuite } from './every-page';

everyPageSuite('desktop', desktop);
