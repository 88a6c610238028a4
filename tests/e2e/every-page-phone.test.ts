import { phone } from './browser';
import { everyPageSuite } from './every-page';

// At phone width, one visit per page also checks its JavaScript budget, layout shift on a slow phone
// (figure pages and pages filled from storage), a module's main message, and larger text.
everyPageSuite('phone', phone, { budget: true, layoutShift: true, mainMessage: true, largerText: true });
