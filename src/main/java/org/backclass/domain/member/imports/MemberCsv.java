package org.backclass.domain.member.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberRules;

/**
 * Reads a gym's member export: a header line, then one member per line. Columns are found by
 * name, ignoring case, spaces, '-' and '_' ({@code firstName}/{@code first_name}, {@code lastName},
 * or one {@code name} column; {@code memberNumber}; {@code email}; {@code cardUid}); other
 * columns are ignored. Every row is checked and every mistake reported with its line, so one
 * round of fixes is enough.
 */
public final class MemberCsv {

    /** More errors than this and the file is probably not a member export at all. */
    public static final int MAX_ERRORS = 200;

    private enum Column { FIRST, LAST, NAME, NUMBER, EMAIL, CARD }

    private static final Map<String, Column> NAMES = names();

    private MemberCsv() {
    }

    private static Map<String, Column> names() {
        Map<String, Column> names = new HashMap<>();
        for (String n : List.of("firstname", "first", "givenname", "vorname")) {
            names.put(n, Column.FIRST);
        }
        for (String n : List.of("lastname", "last", "surname", "familyname", "nachname")) {
            names.put(n, Column.LAST);
        }
        for (String n : List.of("name", "fullname")) {
            names.put(n, Column.NAME);
        }
        for (String n : List.of("membernumber", "memberno", "membershipnumber", "memberid", "mitgliedsnummer")) {
            names.put(n, Column.NUMBER);
        }
        for (String n : List.of("email", "emailaddress", "mail")) {
            names.put(n, Column.EMAIL);
        }
        for (String n : List.of("carduid", "card", "uid", "cardnumber", "cardid", "fob", "tag")) {
            names.put(n, Column.CARD);
        }
        return Map.copyOf(names);
    }

    /**
     * @throws ImportRejected with every error found (at most {@value #MAX_ERRORS}); nothing is
     *         half-read
     */
    public static List<ImportRow> read(String text) {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse(text).stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            throw rejected(1, null, "the file is empty; it needs a header line and one line per member");
        }
        CsvRecords.CsvRecord header = records.get(0);
        Map<Column, Integer> columns = columns(header);
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<CardKey, Integer> cards = new HashMap<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            Row row = new Row(record, header.fields(), columns, errors);
            row.check().ifPresent(checked -> {
                Integer before = numbers.putIfAbsent(checked.memberNumber(), checked.line());
                if (before != null) {
                    row.error(Column.NUMBER, "member number " + checked.memberNumber() + " is on line " + before
                            + " too");
                }
                checked.card().map(key -> cards.putIfAbsent(key, checked.line())).ifPresent(cardLine ->
                        row.error(Column.CARD, "the same card is on line " + cardLine + " too"));
                rows.add(checked);
            });
            if (errors.size() >= MAX_ERRORS) {
                errors.add(new ImportError(record.line(), null, "more than " + MAX_ERRORS
                        + " errors: is this a member export? The check stopped here"));
                break;
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, null, "the file has a header but no members"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return rows;
    }

    private static Map<Column, Integer> columns(CsvRecords.CsvRecord header) {
        Map<Column, Integer> columns = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            Column column = NAMES.get(name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "").replace("\uFEFF", ""));
            if (column != null && columns.putIfAbsent(column, i) != null) {
                errors.add(new ImportError(1, name, "the header has this column twice"));
            }
        }
        boolean named = columns.containsKey(Column.NAME) || columns.containsKey(Column.FIRST);
        if (!named) {
            errors.add(new ImportError(1, null, "the header needs a name column: name, or firstName and lastName"));
        }
        if (!columns.containsKey(Column.NUMBER)) {
            errors.add(new ImportError(1, null, "the header needs a memberNumber column: the import matches"
                    + " members by it, so importing the same file again changes nothing"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return columns;
    }

    private static ImportRejected rejected(int line, String field, String message) {
        return new ImportRejected(List.of(new ImportError(line, field, message)));
    }

    /** One record being checked; its errors go to the file's list. */
    private record Row(CsvRecords.CsvRecord record, List<String> header, Map<Column, Integer> columns,
            List<ImportError> errors) {

        Optional<ImportRow> check() {
            int before = errors.size();
            if (record.fields().size() != header.size()) {
                errors.add(new ImportError(record.line(), null, "has " + record.fields().size()
                        + " fields but the header has " + header.size()
                        + " (a comma in a name needs the name in double quotes)"));
                return Optional.empty();
            }
            MemberName name = name();
            String number = checked(Column.NUMBER, MemberRules::memberNumberProblem);
            if (value(Column.NUMBER) == null) {
                error(Column.NUMBER, "is empty; every member needs a member number");
            }
            String email = checked(Column.EMAIL, MemberRules::emailProblem);
            Optional<CardKey> card = card();
            return errors.size() == before
                    ? Optional.of(new ImportRow(record.line(), name, number, email, card, headerName(Column.CARD)))
                    : Optional.empty();
        }

        private MemberName name() {
            String first;
            String last;
            if (columns.containsKey(Column.FIRST)) {
                first = checked(Column.FIRST, MemberRules::nameProblem);
                last = checked(Column.LAST, MemberRules::nameProblem);
            } else {
                String whole = checked(Column.NAME, n -> MemberRules.nameProblem(n).or(() -> n != null
                        && n.length() > 2 * MemberRules.MAX_NAME ? Optional.of("is too long") : Optional.empty()));
                String[] parts = split(whole);
                first = parts[0];
                last = parts[1];
            }
            if (first == null) {
                error(columns.containsKey(Column.FIRST) ? Column.FIRST : Column.NAME, "is empty; every member needs a"
                        + " first name");
                return null;
            }
            return new MemberName(first, last == null ? "" : last);
        }

        /** "Keller, Anna" or "Anna Keller" (the last word is the last name). */
        private static String[] split(String whole) {
            if (whole == null) {
                return new String[] {null, null};
            }
            int comma = whole.indexOf(',');
            if (comma >= 0) {
                return new String[] {blankToNull(whole.substring(comma + 1)), blankToNull(whole.substring(0, comma))};
            }
            int space = whole.lastIndexOf(' ');
            return space < 0 ? new String[] {whole, null}
                    : new String[] {blankToNull(whole.substring(0, space)), blankToNull(whole.substring(space + 1))};
        }

        private Optional<CardKey> card() {
            String raw = value(Column.CARD);
            if (raw == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(RawCardFormat.guess(raw).enrolmentKey(raw));
            } catch (InvalidCardReadException e) {
                error(Column.CARD, "is not a card number: " + e.getMessage());
                return Optional.empty();
            }
        }

        private String checked(Column column, Function<String, Optional<String>> rule) {
            String value = value(column);
            Optional<String> problem = rule.apply(value);
            problem.ifPresent(reason -> error(column, reason));
            return problem.isPresent() ? null : value;
        }

        private String value(Column column) {
            Integer index = columns.get(column);
            return index == null ? null : blankToNull(record.fields().get(index));
        }

        private String headerName(Column column) {
            Integer index = columns.get(column);
            return index == null ? column.name().toLowerCase(Locale.ROOT) : header.get(index);
        }

        void error(Column column, String message) {
            errors.add(new ImportError(record.line(), headerName(column), message));
        }

        private static String blankToNull(String s) {
            String t = s == null ? null : s.strip();
            return t == null || t.isEmpty() ? null : t;
        }
    }
}
