/**
 * The core's public surface: the playbook engine, its check-in guard, and
 * local-date arithmetic. Pure: no I/O, no clock, no environment.
 */
export { type CheckInGuardResult, type CheckInWarning, checkInGuard } from './playbook/check-in-guard.js';
export { evaluate } from './playbook/evaluate.js';
export { bd, endOfLocalDay, isBusinessDay, localDate, nb, startOfLocalDay } from './time.js';
