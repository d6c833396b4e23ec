/** Records per page in the pickers: a dropdown shows a few dozen at a time. */
export const LIST_SEARCH_PAGE_SIZE = 50;

/** Short retry budget for the pickers: someone is waiting for the dropdown. */
export const LIST_SEARCH_RETRY = { maxAttempts: 3, maxWaitMs: 10_000 };
