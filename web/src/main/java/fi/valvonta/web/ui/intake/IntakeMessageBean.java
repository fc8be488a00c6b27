package fi.valvonta.web.ui.intake;

import fi.valvonta.ejb.complaint.AttachmentFile;
import fi.valvonta.ejb.complaint.ComplaintDetail;
import fi.valvonta.ejb.intake.CompleteIntake;
import fi.valvonta.ejb.intake.DiscardIntake;
import fi.valvonta.ejb.intake.IntakeDetail;
import fi.valvonta.ejb.intake.IntakeService;
import fi.valvonta.ejb.registry.RegistryService;
import fi.valvonta.ejb.registry.SupervisedEntityRef;
import fi.valvonta.model.audit.AuditChannel;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.intake.IncomingMessage;
import fi.valvonta.model.intake.IntakeAction;
import fi.valvonta.model.platform.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One message of the e-mail queue (?id=…): its sender, text and files, and the registrar's completion
 * into a complaint (entity, conduct dates, themes; the text and the files carried over) or its discarding.
 * Reading the message is use-logged.
 */
@Named
@ViewScoped
public class IntakeMessageBean implements Serializable {

    @Inject
    transient IntakeService intake;

    @Inject
    transient RegistryService registry;

    private Long id;
    private IntakeDetail message;
    private List<SupervisedEntityRef> entities;

    @NotNull
    private Long entityId;
    @Size(max = Complaint.OFFICIAL_LENGTH)
    private String officialName;
    @NotNull
    private LocalDate conductFrom;
    private LocalDate conductTo;
    /** An array, so JSF converts the checked values to the enum. */
    @NotEmpty
    private Theme[] themes = new Theme[0];
    @NotNull
    private Language complainantLanguage = Language.FI;
    @Size(max = Complaint.DESCRIPTION_LENGTH)
    private String description;
    private boolean maskIdentityNumbers;
    private List<Long> fileIds = new ArrayList<>();
    @Size(max = IncomingMessage.REASON_LENGTH)
    private String discardReason;

    /** f:viewAction: reads the message once per view. */
    public void load() {
        if (message == null && id != null) {
            message = intake.get(id, AuditChannel.UI);
            description = message.body();
            fileIds = new ArrayList<>(message.attachments().stream().map(IntakeDetail.File::id).toList());
            entities = registry.supervisedEntities();
        }
    }

    /** Registers the message as a complaint and opens the complaint's page. */
    public void register() {
        ComplaintDetail c = intake.register(id, new CompleteIntake(entityId, officialName, conductFrom, conductTo,
                Set.of(themes), description, null, complainantLanguage, false, null, maskIdentityNumbers, fileIds));
        Messages.addFlashGlobalInfo("complaint.registered", c.caseNumber());
        Faces.redirect("complaints/complaint.xhtml?id=%s", c.id());
    }

    /** Sets the message aside and returns to the queue. */
    public void discard() {
        intake.discard(id, new DiscardIntake(discardReason));
        Messages.addFlashGlobalInfo("intake.discarded");
        Faces.redirect("complaints/intake.xhtml");
    }

    public StreamedContent download(IntakeDetail.File f) {
        return DefaultStreamedContent.builder()
                .name(f.fileName())
                .contentType(f.contentType())
                .contentLength(f.sizeBytes())
                .stream(() -> {
                    AttachmentFile file = intake.attachment(id, f.id(), AuditChannel.UI);
                    return new ByteArrayInputStream(file.content());
                })
                .build();
    }

    public boolean isMayRegister() {
        return message != null && message.allowedActions().contains(IntakeAction.REGISTER);
    }

    public boolean isMayDiscard() {
        return message != null && message.allowedActions().contains(IntakeAction.DISCARD);
    }

    public Theme[] getThemeValues() { return Theme.values(); }
    public List<Language> getComplainantLanguages() { return List.of(Language.FI, Language.SV, Language.SE, Language.EN, Language.OTHER); }
    public List<SupervisedEntityRef> getEntities() { return entities; }
    public IntakeDetail getMessage() { return message; }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public Long getEntityId() { return entityId; }
    public void setEntityId(Long v) { entityId = v; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String v) { officialName = v; }
    public LocalDate getConductFrom() { return conductFrom; }
    public void setConductFrom(LocalDate v) { conductFrom = v; }
    public LocalDate getConductTo() { return conductTo; }
    public void setConductTo(LocalDate v) { conductTo = v; }
    public Theme[] getThemes() { return themes; }
    public void setThemes(Theme[] v) { themes = v == null ? new Theme[0] : v; }
    public Language getComplainantLanguage() { return complainantLanguage; }
    public void setComplainantLanguage(Language v) { complainantLanguage = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public boolean isMaskIdentityNumbers() { return maskIdentityNumbers; }
    public void setMaskIdentityNumbers(boolean v) { maskIdentityNumbers = v; }
    public List<Long> getFileIds() { return fileIds; }
    public void setFileIds(List<Long> v) { fileIds = v == null ? new ArrayList<>() : v; }
    public String getDiscardReason() { return discardReason; }
    public void setDiscardReason(String v) { discardReason = v; }
}
