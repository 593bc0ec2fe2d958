package vn.cdtt.security.boundary;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.cdtt.security.ProblemResponses;

/**
 * Every request body is bounded ({@code cdtt.security.max-request-body}): one that says it is larger is refused with
 * 413 before a byte is read; one sent in chunks without a length is read up to the bound and refused when it goes
 * past it. Form and multipart bodies are parsed by the container, which enforces its own limits on them
 * ({@code server.tomcat.max-http-form-post-size}, {@code spring.servlet.multipart.*}).
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final MessageSource messages;

    RequestBodyLimit(DataSize max, MessageSource messages) {
        this.maxBytes = max.toBytes();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !parsedByContainer(request)) {
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                refuse(request, response);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean parsedByContainer(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                    || media.isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The whole body, or null when it is longer than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        for (int read; (read = in.read(chunk)) >= 0; ) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The rest of an oversized body is not read; the client must not reuse this connection for another request.
        response.setHeader("Connection", "close");
        String detail = messages.getMessage("request.bodyTooLarge", new Object[] {DataSize.ofBytes(maxBytes)
                .toMegabytes() + " MB"}, request.getLocale());
        ProblemResponses.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "RequestBodyTooLarge", detail,
                Map.of("maxBytes", maxBytes));
    }

    /** A request whose body was read here and is served again from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
