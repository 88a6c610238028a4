import { phone } from './browser';
import { everyPageSuite } from './every-page';

everyPageSuite('phone', phone);
