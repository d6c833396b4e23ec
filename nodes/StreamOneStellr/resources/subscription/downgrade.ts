export { UNKNOWN_OUTCOME_HINT, description } from './upgrade';
