import { DATA_FILES, dataFile } from "../files";

// Every download is written once, at build time, and served as a static file.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return DATA_FILES.map((f) => ({ file: f.name }));
}

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params;
  const found = dataFile(file);
  if (!found)
    return new Response("Not found\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return new Response(found.body(), {
    headers: {
      "content-type": found.contentType,
      "content-disposition": `inline; filename="${found.name}"`,
    },
  });
}
