/** Where the dashboard's filter is remembered (read early by boot.ts, which must not load the contract's schemas). */
export const dashboardFilterStorageKey = 'rapport.dashboard.filter';
