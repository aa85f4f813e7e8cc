package org.civitas.enrollment;

import org.civitas.platform.errors.ApiException;
import org.civitas.platform.tables.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantListTest {
    private static List<ImportedParticipant> read(String csv) {
        return ParticipantList.read(Table.read("list.csv", csv.getBytes(StandardCharsets.UTF_8), 100));
    }

    private static List<String> problems(ImportedParticipant row) {
        return row.problems().stream().map(p -> p.field() + ":" + p.code() + (p.arguments().isEmpty() ? "" : p.arguments())).toList();
    }

    @Test
    void headingsAreRecognizedInUkrainianAndEnglishWhateverTheirSpellingAndMarks() {
        assertEquals(Arrays.asList(ParticipantList.Column.SURNAME, ParticipantList.Column.GIVEN_NAME, ParticipantList.Column.EMAIL,
                        ParticipantList.Column.REGION, null, ParticipantList.Column.CATEGORY),
                ParticipantList.columns(List.of("Прізвище*", "Ім’я:", " E-mail ", "Область", "Примітка", "Категорія посади")));
        assertEquals(List.of(ParticipantList.Column.FULL_NAME, ParticipantList.Column.EMAIL, ParticipantList.Column.ORGANIZATION),
                ParticipantList.columns(List.of("ПІБ", "Email", "Organisation")));
    }

    @Test
    void aListWithoutEmailOrNamesIsRefusedWhole() {
        ApiException noEmail = assertThrows(ApiException.class, () -> ParticipantList.columns(List.of("Прізвище", "Ім'я")));
        assertEquals("file", noEmail.fieldErrors().getFirst().field());
        assertEquals("participant_columns_missing", noEmail.fieldErrors().getFirst().code());
        assertThrows(ApiException.class, () -> ParticipantList.columns(List.of("Email", "Прізвище")));
    }

    @Test
    void goodRowsAreNormalizedAndAFullNameIsSplitSurnameFirst() {
        List<ImportedParticipant> rows = read("""
                ПІБ;Email;Телефон;Організація
                Шевчук  Наталія Іванівна;Natalia.Shevchuk@Example.org;+380 44 123-45-67;Вінницька міська рада
                Ткач Ігор;igor@example.org;;
                """);
        ImportedParticipant first = rows.getFirst();
        assertEquals(List.of(), problems(first));
        assertEquals("Шевчук", first.surname());
        assertEquals("Наталія", first.givenName());
        assertEquals("Іванівна", first.patronymic());
        assertEquals("natalia.shevchuk@example.org", first.email());
        assertEquals("Вінницька міська рада", first.organization());
        assertNull(rows.get(1).patronymic());
        assertNull(rows.get(1).phone());
        assertTrue(rows.get(1).valid());
    }

    @Test
    void badRowsNameEveryFieldAtFaultAndDuplicatesPointAtTheFirstLine() {
        List<ImportedParticipant> rows = read("""
                Прізвище,Ім'я,Email,Телефон
                Коваль,Петро,petro@example.org,
                ,Олена,not-an-email,12
                Коваль,Петро,PETRO@example.org,+380501234567
                %s,Іван,ivan@example.org,
                Бойко,Оксана,,
                """.formatted("Д".repeat(101)));
        assertEquals(List.of(), problems(rows.get(0)));
        assertEquals(List.of("surname:required", "email:invalid_email", "phone:invalid_phone"), problems(rows.get(1)));
        assertEquals(List.of("email:duplicate_in_file[2]"), problems(rows.get(2)));
        assertEquals(List.of("surname:too_long[100]"), problems(rows.get(3)));
        assertEquals(List.of("email:required"), problems(rows.get(4)));
        assertEquals(List.of(2, 3, 4, 5, 6), rows.stream().map(ImportedParticipant::line).toList());
    }

    @Test
    void aFullNameOfOneWordIsNotEnough() {
        ImportedParticipant row = read("ПІБ,Email\nМадонна,m@example.org\n").getFirst();
        assertEquals(List.of("fullName:full_name_incomplete"), problems(row));
    }
}
