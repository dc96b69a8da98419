package org.backclass.api;

import java.util.List;
import java.util.Set;
import org.backclass.domain.member.imports.ImportError;
import org.backclass.domain.member.imports.ImportRejected;
import org.backclass.domain.member.imports.ImportResult;
import org.backclass.domain.member.imports.MemberCsv;
import org.backclass.domain.member.imports.MemberImport;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/members/import}: the gym's member export as a CSV file (UTF-8, at most
 * {@value #MAX_BYTES} bytes), all rows or none. A file with any error changes nothing and is
 * answered 422 with every row error ({@code errors: [{line, field, message}]}); a good one with
 * what it changed. Members are matched by member number, so importing a file again is harmless.
 */
final class MemberImportHandler extends ApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(MemberImportHandler.class);
    static final String PATH = ApiRoutes.PREFIX + "/members/import";
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** What browsers and spreadsheet tools send for a .csv file (Windows with Excel: vnd.ms-excel). */
    private static final Set<String> MEDIA_TYPES = Set.of("text/csv", "application/csv", "text/plain",
            "application/vnd.ms-excel");

    /** The 422 body: an RFC 9457 problem with the rows at fault. */
    record RowProblem(String type, String title, int status, String detail, List<ImportError> errors) {
    }

    private final MemberImport imports;

    MemberImportHandler(MemberImport imports) {
        this.imports = imports;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        String text = csvText(request);
        ImportResult result;
        try {
            result = imports.apply(MemberCsv.read(text));
        } catch (ImportRejected rejected) {
            List<ImportError> errors = rejected.errors();
            int status = HttpStatus.UNPROCESSABLE_ENTITY_422;
            Problems.write(response, callback, status, new RowProblem("about:blank", HttpStatus.getMessage(status),
                    status, "nothing was imported: " + errors.size() + (errors.size() == 1 ? " row error" : " row errors")
                    + "; correct the file and import it again", errors));
            return;
        }
        LOG.info("Member import: {} created, {} updated, {} unchanged, {} cards enrolled", result.created(),
                result.updated(), result.unchanged(), result.cardsEnrolled());
        Json.send(response, callback, HttpStatus.OK_200, result);
    }

    private static String csvText(Request request) {
        try {
            return RequestBodies.readText(request, MAX_BYTES, MEDIA_TYPES);
        } catch (ApiProblem problem) {
            if (problem.status() == HttpStatus.BAD_REQUEST_400) {
                throw ApiProblem.badRequest(problem.detail() + "; save the file as \u201cCSV UTF-8\u201d and import it again");
            }
            throw problem;
        }
    }
}
