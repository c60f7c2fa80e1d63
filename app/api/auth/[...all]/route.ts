import { handleAuthRequest } from "@/lib/auth/server/handle-auth-request";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
