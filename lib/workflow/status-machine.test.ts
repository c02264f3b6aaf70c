import { describe, expect, it } from "vitest";
import { availableActions, decide } from "./status-machine";

describe("the provider's status machine", () => {
  it("follows the regulation's steps: clerk, head, executor, head, clerk", () => {
    let state = { status: "submitted" as const, prepared: null } as Parameters<typeof decide>[2];
    const step = (action: Parameters<typeof decide>[0], role: Parameters<typeof decide>[1]) => {
      const decision = decide(action, role, state);
      if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
      state = { status: decision.status, prepared: decision.prepared };
      return state.status;
    };
    expect(step("register", "clerk")).toBe("registered");
    expect(step("assign", "head")).toBe("in_review");
    expect(step("extend", "executor")).toBe("extended");
    expect(step("prepareResult", "executor")).toBe("extended");
    expect(step("sign", "head")).toBe("result_ready");
    expect(step("issue", "clerk")).toBe("issued");
  });

  it("lets each role do only its own actions", () => {
    expect(decide("register", "head", { status: "submitted", prepared: null })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(decide("assign", "executor", { status: "registered", prepared: null })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(decide("sign", "executor", { status: "in_review", prepared: "result" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });

  it("refuses actions out of order (a conflict)", () => {
    expect(decide("register", "clerk", { status: "registered", prepared: null })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(decide("sign", "head", { status: "in_review", prepared: null })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(decide("issue", "clerk", { status: "in_review", prepared: "result" })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(decide("extend", "executor", { status: "extended", prepared: null })).toEqual({
      ok: false,
      reason: "conflict",
    });
  });

  it("a prepared refusal signed by the head refuses the request", () => {
    expect(decide("sign", "head", { status: "in_review", prepared: "refusal" })).toEqual({
      ok: true,
      status: "refused",
      prepared: "refusal",
    });
  });

  it("lists what a role may do now", () => {
    expect(availableActions("clerk", { status: "submitted", prepared: null })).toEqual([
      "register",
      "refuseIntake",
    ]);
    expect(availableActions("executor", { status: "in_review", prepared: null })).toEqual([
      "extend",
      "prepareResult",
      "prepareRefusal",
    ]);
    expect(availableActions("head", { status: "in_review", prepared: "result" })).toEqual(["sign"]);
  });
});
