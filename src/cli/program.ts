/** The name the package installs its command under (`bin` in package.json). */
export const PROGRAM = 'activation-email-policy';
