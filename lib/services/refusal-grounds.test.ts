import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import kk from "@/messages/kk.json";
import ru from "@/messages/ru.json";
import { refusalGroundIds, refusalGroundsOf } from "./refusal-grounds";
import { services, storedService } from "./registry";

describe("refusal grounds are data (lib/services/catalogue/*.ts, refusalGrounds)", () => {
  it("every service lists intake and decision grounds, known ids, each once, each citing a seed", () => {
    for (const service of services) {
      const ids = service.refusalGrounds.map((ground) => ground.id);
      expect(new Set(ids).size, service.id).toBe(ids.length);
      for (const ground of service.refusalGrounds) {
        expect(refusalGroundIds).toContain(ground.id);
        expect(ground.source, `${service.id}.${ground.id}`).toMatch(/^seed 00[0-4] §\d/);
      }
      expect(refusalGroundsOf(service, "intake").length, service.id).toBeGreaterThan(0);
      expect(refusalGroundsOf(service, "decision").length, service.id).toBeGreaterThan(0);
    }
  });

  it("each ground has its text in Kazakh, Russian and English", () => {
    for (const messages of [kk, ru, en]) {
      for (const id of refusalGroundIds) expect(messages.refusalGrounds[id]).toMatch(/\S{3}/);
      expect(Object.keys(messages.refusalGrounds).sort()).toEqual([...refusalGroundIds].sort());
    }
  });

  it("follows the seeds: expiry only for restoration (001 §5), no act record only for corrections", () => {
    const having = (id: string) =>
      services
        .filter((service) => service.refusalGrounds.some((ground) => ground.id === id))
        .map((s) => s.id);
    expect(having("expiredDocuments")).toEqual(["record-restoration"]);
    expect(having("noActRecord")).toEqual(["record-correction"]);
    expect(storedService("adoption-registry").resultForm).toBe("conclusion");
    expect(storedService("birth-registration").resultForm).toBe("issueAppointment");
  });
});
