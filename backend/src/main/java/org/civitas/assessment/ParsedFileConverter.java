package org.civitas.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;

/** A previewed import's questions and problems, kept until the trainer confirms. */
@Singleton
class ParsedFileConverter extends JsonColumn<QuestionImports.ParsedFile> {
    ParsedFileConverter(JsonMapper json) {
        super(json, Argument.of(QuestionImports.ParsedFile.class));
    }
}
