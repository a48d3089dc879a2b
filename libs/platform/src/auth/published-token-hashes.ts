/**
 * SHA-256 of every bearer token this project has ever published: the development staff of config/staff.dev.json
 * (dev-admin-token, …, dev-metrics-token, in the README) and the former Compose example (example-admin-token-change-me,
 * example-librarian-token-change-me). Anyone who read them could sign in, so production refuses a staff file that
 * holds one. A spec checks that config/staff.dev.json adds none that is missing here.
 */
export const PUBLISHED_TOKEN_SHA256: ReadonlySet<string> = new Set([
  '1734d503f6aa6a047c36d113cbad769f719c93784b469b771c4c3e7c63adbefd',
  '642d354f45dddebdd55880942a5cea359a4efe89d7a71b0b2983f5976729ed58',
  '568d54a75591dc31f7a98ad6fa128a04762cff448ee5685a4f2d83edce6d9a93',
  '2319d93d13446d1259e733db1e8ca4487cb79776362592efe1ae403cfac0e604',
  'e03f93631ef7d502a6fd93f3b95c88baf759c34e47ba7a84406da8e12ad2aa3c',
  '98cf681f2a5cde03b61e87f21f50956519de249c09b0b0c5af316ce8ddd861a7',
  'a069201469e8a354bbd72208f9377a2f6c78d76b83a8fde56e763072dc7f42d8',
  '72e37584d9f1977485d653f0ac8308c105eec68c836803552b77fb6e732e4682',
  '2ceb1727a7e1eee0a9652a733c3f19997d47b65b2ce7bdaec8dbc8ad2b1202cb',
  'f57adbb87a7a829145a7c193c18e901d6129a1af2cbfddea98db2965c610b7dc',
]);
