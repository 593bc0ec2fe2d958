package vn.cdtt.review.flow;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.review.DistrictReviews;

/**
 * What the review model asks about district-held reviews ({@code ${districtReviewers...}}): whether the plan's
 * reviews are held by districts, which districts, who works each, and what each district's form shows.
 */
@Component("districtReviewers")
public class DistrictReviewers {

    private final DistrictReviews reviews;
    private final AdminUnitRepository units;

    DistrictReviewers(DistrictReviews reviews, AdminUnitRepository units) {
        this.reviews = reviews;
        this.units = units;
    }

    public boolean byDistricts(long campaignId) {
        return reviews.heldByDistricts(campaignId);
    }

    public List<Long> districts(long campaignId) {
        return reviews.districts(campaignId);
    }

    public String groupsOf(long districtUnitId, long campaignId) {
        return reviews.groupsOf(campaignId, districtUnitId);
    }

    public String districtName(long districtUnitId) {
        return units.findById(districtUnitId).orElseThrow().getFullName();
    }

    public boolean scaleUpAllowed(long campaignId, String phaseCode) {
        return reviews.scaleUpAllowed(campaignId, phaseCode);
    }

    /** "verified/expected" reports of the district's communes, for the form's introduction. */
    public String reports(long campaignId, String phaseCode, long districtUnitId) {
        int[] counts = reviews.reportsOf(campaignId, phaseCode, districtUnitId);
        return counts[0] + "/" + counts[1];
    }

    /** The scale-up range as the form says it ("3–5"), or empty when the phase allows none. */
    public String scaleUpRange(long campaignId, String phaseCode) {
        if (!reviews.scaleUpAllowed(campaignId, phaseCode)) {
            return "";
        }
        var range = reviews.scaleUpRange(campaignId);
        return range.min() + "–" + range.max();
    }

    public boolean anyScaledUp(long campaignId, String phaseCode) {
        return reviews.anyScaledUp(campaignId, phaseCode);
    }
}
