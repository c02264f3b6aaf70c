import { getOwnComplaint, listComplaintEvents } from "@/lib/complaints/applicant";
import { listComplaintFiles } from "@/lib/complaints/files";
import { complaintDetail } from "@/lib/complaints/present";
import { getDb } from "@/lib/db/server";
import { requireApiUser } from "@/lib/entry/current-user";
import { apiHandler } from "@/lib/entry/http/api";
import { AppError } from "@/lib/errors";

/** One of the caller's complaints: text, files, history and the head's signed reply (404 for others). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const db = await getDb();
  const complaint = await getOwnComplaint(db, user.userId, (await params).id);
  if (!complaint) throw new AppError("not_found");
  const [files, events] = await Promise.all([
    listComplaintFiles(db, complaint.id),
    listComplaintEvents(db, complaint.id),
  ]);
  return Response.json(complaintDetail(complaint, files, events));
});
