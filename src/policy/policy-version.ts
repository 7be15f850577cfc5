/**
 * The version of the decisions themselves. It changes whenever any input would be decided
 * differently (a rule, a reason, a trigger or a checklist item), and only then; store it beside
 * a decision to know which policy made it. The package version follows semver separately.
 *
 * @example
 * decide({}, { id: 'u1', license: 'free', hasSignedIn: false }).policyVersion === POLICY_VERSION
 * //=> true
 */
export const POLICY_VERSION = '1.0.0';
