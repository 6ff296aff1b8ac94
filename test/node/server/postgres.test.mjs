// The shared feedback-service suite on a real PostgreSQL: a throwaway cluster, or
// INSYN_TEST_DATABASE_URL. Fails (does not skip) when PostgreSQL is not installed.
import { feedbackSuite } from './suite.mjs';
import { postgresTarget } from './support.mjs';

feedbackSuite(postgresTarget());
