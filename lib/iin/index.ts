export {
  parseIin,
  computeCheckDigit,
  isValidBinChecksum,
  type ParsedIin,
  type IinInvalidReason,
  type Sex,
} from "./parse-iin";
export { makeIin } from "./make-iin";
export { iinField, iinProblem, normaliseIin } from "./iin-field";
