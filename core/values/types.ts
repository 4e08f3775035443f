// Host-neutral argument and result shapes shared by the runner, the functions and the host adapters.
import type { SheetError } from './errors';

/** One cell as a host passes it: number, text, boolean, Date, blank (null/undefined/''), or an error value. */
export type HostScalar = number | string | boolean | Date | null | undefined | SheetError | { code: string };
/** A function argument: a single value or a 2-D range (rows of cells). */
export type HostArg = HostScalar | HostScalar[][];

/** One result cell: a number, text (`""` is blank), or an error. */
export type ResultScalar = number | string | SheetError;
/** A function result: a single value, a 2-D array, or a whole-result SheetError. */
export type FunctionResult = ResultScalar | ResultScalar[][];
