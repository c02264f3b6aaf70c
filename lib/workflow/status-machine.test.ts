import { describe, expect, it } from "vitest";
import { availableActions, canWithdraw, decide } from "./status-machine";

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

describe("restoration's flow through the registering body (seed 001 §5)", () => {
  const flow = "registeringBody" as const;
  it("runs the seven steps: clerk, head, executor, head approves, executor sends, registrar, clerk", () => {
    let state = { status: "submitted" as const, prepared: null } as Parameters<typeof decide>[2];
    const step = (action: Parameters<typeof decide>[0], role: Parameters<typeof decide>[1]) => {
      const decision = decide(action, role, state, flow);
      if (!decision.ok) throw new Error(`${action} refused: ${decision.reason}`);
      state = { status: decision.status, prepared: decision.prepared };
      return state.status;
    };
    expect(step("register", "clerk")).toBe("registered");
    expect(step("assign", "head")).toBe("in_review");
    expect(step("extend", "executor")).toBe("extended");
    expect(step("prepareConclusion", "executor")).toBe("extended");
    expect(step("approveConclusion", "head")).toBe("conclusion_approved");
    expect(step("sendToRegisteringBody", "executor")).toBe("at_registering_body");
    expect(step("registerRestored", "registrar")).toBe("result_ready");
    expect(step("issue", "clerk")).toBe("issued");
  });

  it("the registrar may refuse with reasons; only the registrar acts at the registering body", () => {
    const at = { status: "at_registering_body" as const, prepared: "result" as const };
    expect(decide("refuseRestoration", "registrar", at, flow)).toEqual({
      ok: true,
      status: "refused",
      prepared: "result",
    });
    expect(availableActions("registrar", at, flow)).toEqual(["registerRestored", "refuseRestoration"]);
    expect(decide("registerRestored", "head", at, flow)).toEqual({ ok: false, reason: "forbidden" });
    expect(availableActions("executor", at, flow)).toEqual([]);
  });

  it("the head approves a conclusion, signs only a refusal; the standard flow has no such steps", () => {
    const conclusion = { status: "in_review" as const, prepared: "result" as const };
    expect(availableActions("head", conclusion, flow)).toEqual(["approveConclusion"]);
    expect(availableActions("head", { ...conclusion, prepared: "refusal" }, flow)).toEqual(["sign"]);
    expect(availableActions("executor", { status: "in_review", prepared: null }, flow)).toEqual([
      "extend",
      "prepareRefusal",
      "prepareConclusion",
    ]);
    expect(availableActions("head", conclusion)).toEqual(["sign"]);
    expect(decide("prepareConclusion", "executor", { status: "in_review", prepared: null })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(
      decide("registerRestored", "registrar", { status: "at_registering_body", prepared: null }),
    ).toEqual({ ok: false, reason: "conflict" });
  });
});

describe("the applicant's withdrawal", () => {
  it("is open while the provider works, until a result or a refusal is prepared", () => {
    for (const status of ["submitted", "registered", "in_review", "extended"] as const)
      expect(canWithdraw({ status, prepared: null })).toBe(true);
    expect(canWithdraw({ status: "in_review", prepared: "result" })).toBe(false);
    expect(canWithdraw({ status: "extended", prepared: "refusal" })).toBe(false);
    for (const status of [
      "draft",
      "conclusion_approved",
      "at_registering_body",
      "result_ready",
      "refused",
      "issued",
      "closed",
      "withdrawn",
    ] as const)
      expect(canWithdraw({ status, prepared: null })).toBe(false);
  });

  it("leaves no staff action on a withdrawn request", () => {
    for (const role of ["clerk", "head", "executor", "operator", "registrar"] as const) {
      expect(availableActions(role, { status: "withdrawn", prepared: null })).toEqual([]);
      expect(availableActions(role, { status: "withdrawn", prepared: null }, "registeringBody")).toEqual([]);
    }
  });
});
