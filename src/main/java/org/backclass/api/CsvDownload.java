package org.backclass.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A small, bounded CSV table (one member's or one class's progress) rendered in memory and sent
 * whole, with its length and a download file name. Large ranges stream instead
 * ({@link AttendanceCsv}).
 */
final class CsvDownload {

    private CsvDownload() {
    }

    /** The header row, then the rows, in RFC 4180 form; a null cell is an empty field. */
    static String render(List<String> header, List<? extends List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        try {
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Sends {@code csv} as a {@code 200} attachment named {@code fileName}. */
    static void send(Response response, Callback callback, String fileName, String csv) {
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, AttendanceCsv.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
