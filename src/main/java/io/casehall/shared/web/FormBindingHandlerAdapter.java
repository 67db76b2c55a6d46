package io.casehall.shared.web;

import java.util.List;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Spring MVC's handler adapter with one addition: once a binder has been through the controllers'
 * {@code @InitBinder} methods, {@link FormLengthLimits} sets its length limits. (An {@code @InitBinder} advice
 * would run first, and a binder with editors can no longer change, e.g., its list growth limit.)
 */
class FormBindingHandlerAdapter extends RequestMappingHandlerAdapter {

    @Override
    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods)
            throws Exception {
        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
            @Override
            public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
                super.initBinder(binder, request);
                FormLengthLimits.apply(binder);
            }
        };
    }
}
