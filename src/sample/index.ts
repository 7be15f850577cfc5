// The bundled sample org, shared by the command line (`plan --sample`) and the preview page.
export { SAMPLE_USERS, SAMPLE_ORG_NAME } from './sample-org';
