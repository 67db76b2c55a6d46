package io.casehall.staff.engine;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager with two limits. Beans: expressions see only the beans models are meant to
 * use ({@link ModelBeans}), never services, repositories or the staff directory. Queries: the engine evaluates
 * the expressions of task queries and filters — and only those — without a variable scope; such an evaluation
 * is allowed only for the standard filter functions ({@link QueryExpressions}). This holds for every way a
 * query reaches the engine: REST, the webapps, a stored filter, nested {@code orQueries}, Java.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    GuardedExpressionManager(ApplicationContext applicationContext, Map<Object, Object> modelBeans) {
        super(applicationContext, modelBeans);
    }

    @Override
    public Expression createExpression(String expression) {
        ensureInitialized();
        return new QueryGuardedExpression(createValueExpression(expression), expression);
    }

    private final class QueryGuardedExpression extends JuelExpression {

        QueryGuardedExpression(ValueExpression valueExpression, String text) {
            super(valueExpression, GuardedExpressionManager.this, text);
        }

        @Override
        public Object getValue(VariableScope variableScope, BaseDelegateExecution contextExecution) {
            if (variableScope == null && contextExecution == null && !QueryExpressions.isAllowed(expressionText)) {
                throw new BadUserRequestException(QueryExpressions.REFUSAL);
            }
            return super.getValue(variableScope, contextExecution);
        }
    }
}
