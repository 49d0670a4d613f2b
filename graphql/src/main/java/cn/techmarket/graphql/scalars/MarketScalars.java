package cn.techmarket.graphql.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

/**
 * The custom scalars both schemas declare. Money is an exact decimal carried as a string, so
 * no client ever rounds a contract amount through a float.
 */
public final class MarketScalars {

    public static final GraphQLScalarType DATE_TIME = scalar("DateTime", "an ISO-8601 instant such as 2024-06-30T08:00:00Z",
            Instant::parse, value -> value instanceof Date date ? date.toInstant().toString() : value.toString(), Instant.class);

    public static final GraphQLScalarType DATE = scalar("Date", "an ISO-8601 date such as 2025-03-31",
            LocalDate::parse, Object::toString, LocalDate.class);

    public static final GraphQLScalarType DECIMAL = scalar("Decimal", "an exact decimal such as \"1250000.00\"",
            MarketScalars::parseDecimal, value -> ((BigDecimal) value).toPlainString(), BigDecimal.class);

    private MarketScalars() {
    }

    private static BigDecimal parseDecimal(String text) {
        if (text.length() > 40) {
            throw new NumberFormatException("too long");
        }
        return new BigDecimal(text);
    }

    private static <T> GraphQLScalarType scalar(String name, String expected, Function<String, T> parse,
                                                Function<Object, String> format, Class<T> type) {
        return GraphQLScalarType.newScalar().name(name).description(expected).coercing(new Coercing<T, String>() {

            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (type.isInstance(value) || value instanceof Date) {
                    return format.apply(value);
                }
                if (value instanceof String text) {
                    // a value relayed from a tenant is already in its wire form; pass it on if it is valid
                    try {
                        return format.apply(parse.apply(text));
                    } catch (DateTimeParseException | NumberFormatException e) {
                        throw new CoercingSerializeException(name + " cannot represent '" + text + "'");
                    }
                }
                throw new CoercingSerializeException(name + " cannot represent " + value.getClass().getSimpleName());
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    try {
                        return parse.apply(text);
                    } catch (DateTimeParseException | NumberFormatException e) {
                        // falls through to the message below
                    }
                }
                throw new CoercingParseValueException("expected " + expected);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parseValue(text.getValue(), context, locale);
                }
                throw new CoercingParseLiteralException("expected " + expected);
            }
        }).build();
    }
}
