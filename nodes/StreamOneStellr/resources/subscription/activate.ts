// Activate has the parameters and the unknown-outcome hint of Reactivate (check the status).
export { UNKNOWN_OUTCOME_HINT, description } from './reactivate';
