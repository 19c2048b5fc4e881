/** Store name for logs and events. */
export const CACHE_NAME = 'fs';
