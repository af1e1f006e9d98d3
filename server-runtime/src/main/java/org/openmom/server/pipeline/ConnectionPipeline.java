package org.openmom.server.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.util.concurrent.TimeUnit;
import org.openmom.server.Broker;
import org.openmom.wire.WireCodec;

/**
 * The pipeline of every server connection, in order:
 * <ol>
 * <li>{@code admission} ({@link AdmissionStage}): connection limits, the registration timeout;
 * <li>{@code tls-door} ({@link TlsDoor}), {@code tls}: on TCP when the server has {@link ServerTls};
 * <li>{@code heartbeat}: an idle-state timer that tells when the peer has been silent too long;
 * <li>{@code frame-decoder}, {@code frame-encoder}: bytes ⇄ {@link org.openmom.wire.Frame}s;
 * <li>{@code greeting} ({@link GreetingStage}): HELLO/WELCOME, then it leaves the pipeline;
 * <li>{@code services} ({@link ServiceFrameStage}): POST, ACK, FETCH, CALL, REPLY into the broker;
 * <li>{@code registration} ({@link RegistrationStage}): REGISTER, USERS, BYE;
 * <li>{@code administration} ({@link AdministrationStage}): the ADMIN_* requests;
 * <li>{@code liveness} ({@link LivenessStage}): PING/PONG, silent peers dropped;
 * <li>{@code back-pressure} ({@link BackPressureStage}): writability, peers that stop reading;
 * <li>{@code faults} ({@link FaultStage}): the peer's ERROR, unexpected frames, every fault.
 * </ol>
 * Each stage takes its frames and passes the others on, the hot path first; the connection's
 * state is one {@link ServerConnection} in a channel attribute, which is also the broker's Sink.
 * The stages hold no state of their own: they are made once per server and shared by its connections.
 */
final class ConnectionPipeline {
    private final Broker broker;
    private final ServerSettings settings;
    private final GreetingStage greeting;
    private final ServiceFrameStage services;
    private final RegistrationStage registration;
    private final AdministrationStage administration = new AdministrationStage();
    private final LivenessStage liveness;
    private final BackPressureStage backPressure;
    private final FaultStage faults;
    private final AdmissionStage admission;
    private final SslContext tls;

    /**
     * @param admin null: every administration registration is refused
     * @param tls   null: plain TCP
     */
    ConnectionPipeline(Broker broker, ServerSettings settings, Administration admin, SslContext tls) {
        this.broker = broker;
        this.tls = tls;
        this.settings = settings;
        this.greeting = new GreetingStage(broker.identity(), settings);
        this.services = new ServiceFrameStage(broker, settings.maxFrameSize());
        this.registration = new RegistrationStage(broker, new AdminPermission(broker.identity(), admin != null, settings.adminSecret()), admin);
        this.liveness = new LivenessStage(settings.heartbeatMillis());
        this.backPressure = new BackPressureStage(settings.heartbeatMillis());
        this.faults = new FaultStage(Math.min(settings.maxFrameSize(), settings.limits().unregisteredMaxFrameSize()));
        this.admission = new AdmissionStage(broker.identity(), settings.limits(), DescriptorLimit.ofThisProcess());
    }

    /** Makes {@code channel} a server connection; {@code local}: it came through the local socket. */
    void install(Channel channel, boolean local) {
        long heartbeat = settings.heartbeatMillis();
        ServerConnection.attach(channel, broker, local, settings.maxFrameSize());
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("heartbeat", new IdleStateHandler(3 * heartbeat, 0, 0, TimeUnit.MILLISECONDS));
        pipeline.addFirst("admission", admission);
        if (tls != null && !local) {
            SslHandler handler = tls.newHandler(channel.alloc());
            handler.setHandshakeTimeoutMillis(settings.helloTimeoutMillis());
            pipeline.addAfter("admission", "tls", handler);
            pipeline.addAfter("admission", "tls-door", new TlsDoor(broker.identity()));
        }
        WireCodec.install(pipeline, Math.min(settings.maxFrameSize(), settings.limits().unregisteredMaxFrameSize()));
        pipeline.addLast("greeting", greeting);
        pipeline.addLast("services", services);
        pipeline.addLast("registration", registration);
        pipeline.addLast("administration", administration);
        pipeline.addLast("liveness", liveness);
        pipeline.addLast("back-pressure", backPressure);
        pipeline.addLast("faults", faults);
    }
}
