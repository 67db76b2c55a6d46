package io.casehall.shared.web;

import java.util.List;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Spring MVC's handler adapter with one addition: the binders of forms ({@code @ModelAttribute}) check, once a
 * request's values are bound, that no text is longer than its field allows ({@link FormLengthLimits}).
 */
class FormBindingHandlerAdapter extends RequestMappingHandlerAdapter {

    @Override
    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
            @Override
            protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                    NativeWebRequest request) {
                return new LengthCheckingBinder(target, objectName);
            }
        };
    }

    /** Spring's binder for servlet requests, plus the length check after binding. */
    static final class LengthCheckingBinder extends ExtendedServletRequestDataBinder {

        LengthCheckingBinder(Object target, String objectName) {
            super(target, objectName);
        }

        @Override
        protected void applyPropertyValues(MutablePropertyValues values) {
            super.applyPropertyValues(values);
            FormLengthLimits.flagTooLong(this, values);
        }
    }
}
