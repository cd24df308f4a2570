package app.chuangxian.deliverable;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Small JPEG copies of photos (JPEG or PNG) for lists: scaled to fit a square box, aspect kept, never enlarged.
 * The image's size is read from its header before anything is decoded, so a small file that claims a huge picture
 * (a decompression bomb) is refused without cost; a large photo is decoded at a fraction of its resolution
 * (subsampling), so memory stays near that of the thumbnail. At most two pictures are decoded at a time.
 */
final class Thumbnails {
    /** The box a thumbnail fits in, in pixels. */
    static final int BOX = 320;
    /** Larger pictures are refused unread: 40 megapixels is well above any phone camera's. */
    static final long MAX_PIXELS = 40_000_000L;

    static final Set<String> SOURCES = Set.of(FileKind.JPEG.contentType, FileKind.PNG.contentType);
    private static final float QUALITY = 0.82f;
    private static final Semaphore DECODING = new Semaphore(2);

    static {
        // Only off-screen images are drawn: no display is ever needed.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Thumbnails() {}

    /** Why a picture has no thumbnail, in words for the problem's detail. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The thumbnail as JPEG bytes. */
    static byte[] jpeg(byte[] content) throws Refused {
        DECODING.acquireUninterruptibly();
        try {
            return write(scale(decode(content)));
        } catch (IOException | RuntimeException e) {
            // A truncated or corrupt picture: decoders fail in many ways, none of them the server's fault
            throw new Refused("the picture cannot be read");
        } finally {
            DECODING.release();
        }
    }

    private static BufferedImage decode(byte[] content) throws IOException, Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Refused("the file is not a picture that can be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
                    throw new Refused("the picture is " + width + " × " + height + " pixels; at most "
                            + MAX_PIXELS / 1_000_000 + " megapixels are shrunk");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.ofNullable(reader.read(0, param)).orElseThrow(() -> new Refused("empty picture"));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Every n-th pixel is decoded, keeping at least twice the thumbnail's size for a smooth final scaling. */
    static int subsampling(int width, int height) {
        double scale = fit(width, height);
        int step = (int) Math.floor(1 / (2 * scale));
        return Math.max(1, step);
    }

    private static double fit(int width, int height) {
        return Math.min(1.0, Math.min((double) BOX / width, (double) BOX / height));
    }

    /** Halves while more than twice too large, then one bilinear step to the box; transparency becomes white. */
    private static BufferedImage scale(BufferedImage source) {
        double scale = fit(source.getWidth(), source.getHeight());
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] write(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
