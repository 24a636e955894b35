// Moved to db/sql.ts (`pgArray`); kept only while seeds/bulk.ts still imports this name.
export { pgArray as pgArrayLiteral } from '../../db/sql.ts';
