package io.casehall.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Runs before Spring Security and parses every multipart upload once (the parts are kept for the rest of the
 * request). An upload over the file or request limit cannot be parsed, so its CSRF token — a hidden field, never
 * in the URL — cannot be read and the user would get a bare 403. Such a request changes nothing; it is answered
 * here by sending the user back to the form with the size message.
 */
class OversizeUploadFilter extends OncePerRequestFilter {

    private final long maxFileBytes;
    private final Messages messages;
    private final LocaleResolver locales;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    OversizeUploadFilter(DataSize maxFileSize, Messages messages, LocaleResolver locales) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException | IOException | ServletException unreadable) {
            if (request.getContentLengthLong() > maxFileBytes) {
                sendBack(request, response);
                return;
            }
            // Malformed rather than too large: the handlers downstream refuse it.
        }
        chain.doFilter(request, response);
    }

    private void sendBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = UploadLimitAdvice.sameSiteReferer(request);
        FlashMap message = new FlashMap();
        // Before the DispatcherServlet, so the user's language is resolved here.
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        try {
            message.put("errorMessage", messages.get("upload.tooLargeRequest"));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        message.setTargetRequestPath(back.contains("?") ? back.substring(0, back.indexOf('?')) : back);
        flash.saveOutputFlashMap(message, request, response);
        response.sendRedirect(request.getContextPath() + back);
    }
}
