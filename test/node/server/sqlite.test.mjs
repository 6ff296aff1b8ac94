// The shared feedback-service suite on SQLite (a file in a temporary folder).
import { feedbackSuite } from './suite.mjs';
import { sqliteTarget } from './support.mjs';

feedbackSuite(sqliteTarget());
