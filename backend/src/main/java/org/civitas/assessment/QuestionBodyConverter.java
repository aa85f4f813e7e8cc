package org.civitas.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;

/** A question version's whole content. */
@Singleton
class QuestionBodyConverter extends JsonColumn<Question> {
    QuestionBodyConverter(JsonMapper json) {
        super(json, Argument.of(Question.class));
    }
}
