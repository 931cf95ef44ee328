/** The one IPC channel: every procedure travels through it, so there is one place to check the sender. */
export const invokeChannel = 'rapport:invoke';
