
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,SegmentedControl as RadixThemesSegmentedControl,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideReceipt from "lucide-react/dist/esm/icons/receipt.mjs"
import LucideSparkles from "lucide-react/dist/esm/icons/sparkles.mjs"
import LucideBadgeCheck from "lucide-react/dist/esm/icons/badge-check.mjs"
import LucideFilm from "lucide-react/dist/esm/icons/film.mjs"
import LucideTrendingUp from "lucide-react/dist/esm/icons/trending-up.mjs"
import LucideStar from "lucide-react/dist/esm/icons/star.mjs"
import LucidePartyPopper from "lucide-react/dist/esm/icons/party-popper.mjs"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_b13d681e = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_b13d681e = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_b13d681e.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_b13d681e;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b13d681e.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b13d681e;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_b13d681e = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_b13d681e = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_b13d681e.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_b13d681e;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b13d681e.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b13d681e;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b13d681e = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b13d681e = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b13d681e.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b13d681e;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_b13d681e = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_b13d681e = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_b13d681e.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_b13d681e;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b13d681e.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b13d681e;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b13d681e = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b13d681e.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b13d681e;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_b13d681e.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_b13d681e;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b13d681e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b13d681e.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b13d681e;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_b13d681e.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b13d681e = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b13d681e = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b13d681e = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b13d681e = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b13d681e = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b13d681e;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b13d681e.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b13d681e;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b13d681e = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b13d681e = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b13d681e.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b13d681e;
})();

export const Button_button_999f3ac3e26a2051fcdbe558f84f0933_b13d681e = /*#__PURE__*/ (() => {
const Button_button_999f3ac3e26a2051fcdbe558f84f0933_b13d681e = memo(({children, ...rest}) => {
    const ref_read_all = useRef(null); refs["ref_read_all"] = ref_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_read_all, variant:"soft" }))},children)
    )
});
Button_button_999f3ac3e26a2051fcdbe558f84f0933_b13d681e.displayName = "Button";
return Button_button_999f3ac3e26a2051fcdbe558f84f0933_b13d681e;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_0b45834c3f7e6fabdd6695ade59d0bcf_b13d681e = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_0b45834c3f7e6fabdd6695ade59d0bcf_b13d681e = memo(({children, ...rest}) => {
    const on_change_44211eb8b991a57d008243ce0ff8045d = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notifications_page_state.set_filter", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["all", "unread"].length, ["--rx-sc-idx"] : (["all", "unread"].indexOf((reflex___state____state__udemy_clone___notifications___state____notifications_page_state.unread_only_rx_state_ ? "unread" : "all"))) }), onValueChange:on_change_44211eb8b991a57d008243ce0ff8045d, value:(reflex___state____state__udemy_clone___notifications___state____notifications_page_state.unread_only_rx_state_ ? "unread" : "all") }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_0b45834c3f7e6fabdd6695ade59d0bcf_b13d681e.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_0b45834c3f7e6fabdd6695ade59d0bcf_b13d681e;
})();

export const Foreach_comp_5715a336b650c8c52dd58afccd36b7dc_b13d681e = /*#__PURE__*/ (() => {
const Foreach_comp_5715a336b650c8c52dd58afccd36b7dc_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notifications_page_state.items_rx_state_ ?? [],((item_rx_state_,index_973fc58c643039956dba7cede3ff634a)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack notification-row",css:({ ["padding"] : "14px 16px", ["width"] : "100%", ["borderBottom"] : "1px solid var(--gray-a4)", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-a2)" : "transparent") }),direction:"row",key:index_973fc58c643039956dba7cede3ff634a,gap:"3"},jsx(RadixThemesBox,{css:({ ["color"] : "var(--violet-11)", ["background"] : "var(--violet-3)", ["borderRadius"] : "10px", ["padding"] : "8px", ["display"] : "flex" })},jsx(Fragment,{},(() => {
  switch (JSON.stringify(item_rx_state_?.["kind"])) {
    case JSON.stringify("purchase"):
      return jsx(LucideReceipt,{size:18},);
      break;
    case JSON.stringify("new_course"):
      return jsx(LucideSparkles,{size:18},);
      break;
    case JSON.stringify("course_status"):
      return jsx(LucideBadgeCheck,{size:18},);
      break;
    case JSON.stringify("video"):
      return jsx(LucideFilm,{size:18},);
      break;
    case JSON.stringify("sale"):
      return jsx(LucideTrendingUp,{size:18},);
      break;
    case JSON.stringify("review"):
      return jsx(LucideStar,{size:18},);
      break;
    case JSON.stringify("account"):
      return jsx(LucidePartyPopper,{size:18},);
      break;
    default:
      return jsx(LucideBell,{size:18},);
      break;
  }
})())),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1", ["cursor"] : "pointer" }),direction:"column",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  })))),gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",size:"3",weight:((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "bold" : "regular")},item_rx_state_?.["title"]),jsx(Fragment,{},((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"violet",variant:"soft"},"new"))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])),jsx(Fragment,{},((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesButton,{onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notifications_page_state.mark_read", ({ ["notification_id"] : item_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"Mark read"))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_5715a336b650c8c52dd58afccd36b7dc_b13d681e.displayName = "Foreach";
return Foreach_comp_5715a336b650c8c52dd58afccd36b7dc_b13d681e;
})();

export const Cond_comp_bd9cc9af4f5a7ea6e14bab3891b05c30_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_bd9cc9af4f5a7ea6e14bab3891b05c30_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notifications_page_state.items_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bd9cc9af4f5a7ea6e14bab3891b05c30_b13d681e.displayName = "Cond";
return Cond_comp_bd9cc9af4f5a7ea6e14bab3891b05c30_b13d681e;
})();

export const Button_button_21591d5b5b1cf4a2752985beae61a446_b13d681e = /*#__PURE__*/ (() => {
const Button_button_21591d5b5b1cf4a2752985beae61a446_b13d681e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
const on_click_7e2205f601ee2e5b3389e09857fc72fb = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notifications_page_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___notifications___state____notifications_page_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___notifications___state____notifications_page_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___notifications___state____notifications_page_state.page_rx_state_ <= 1), onClick:on_click_7e2205f601ee2e5b3389e09857fc72fb, variant:"soft" }))},children)
    )
});
Button_button_21591d5b5b1cf4a2752985beae61a446_b13d681e.displayName = "Button";
return Button_button_21591d5b5b1cf4a2752985beae61a446_b13d681e;
})();

export const Bare_comp_a20169e5d69294c60e72af72c820eae3_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_a20169e5d69294c60e72af72c820eae3_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____notifications_page_state.page_rx_state_
    )
});
Bare_comp_a20169e5d69294c60e72af72c820eae3_b13d681e.displayName = "Bare";
return Bare_comp_a20169e5d69294c60e72af72c820eae3_b13d681e;
})();

export const Bare_comp_b66f80ab0c8e421527272740fc59fb6b_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_b66f80ab0c8e421527272740fc59fb6b_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____notifications_page_state.pages_rx_state_
    )
});
Bare_comp_b66f80ab0c8e421527272740fc59fb6b_b13d681e.displayName = "Bare";
return Bare_comp_b66f80ab0c8e421527272740fc59fb6b_b13d681e;
})();

export const Button_button_cbaf268d35f2c1edbbc34ef1d14bff91_b13d681e = /*#__PURE__*/ (() => {
const Button_button_cbaf268d35f2c1edbbc34ef1d14bff91_b13d681e = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
const on_click_d01808bba5afe5f943f42b01169fcd02 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notifications_page_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___notifications___state____notifications_page_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___notifications___state____notifications_page_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___notifications___state____notifications_page_state.page_rx_state_ >= reflex___state____state__udemy_clone___notifications___state____notifications_page_state.pages_rx_state_), onClick:on_click_d01808bba5afe5f943f42b01169fcd02, variant:"soft" }))},children)
    )
});
Button_button_cbaf268d35f2c1edbbc34ef1d14bff91_b13d681e.displayName = "Button";
return Button_button_cbaf268d35f2c1edbbc34ef1d14bff91_b13d681e;
})();

export const Cond_comp_edad8b7f8594d316acc133252450df07_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_edad8b7f8594d316acc133252450df07_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notifications_page_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notifications_page_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notifications_page_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_edad8b7f8594d316acc133252450df07_b13d681e.displayName = "Cond";
return Cond_comp_edad8b7f8594d316acc133252450df07_b13d681e;
})();

export const Bare_comp_7cbb41866e7a6fc1c7851af72b431e90_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_7cbb41866e7a6fc1c7851af72b431e90_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____unsubscribe_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____unsubscribe_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____unsubscribe_state.error_rx_state_
    )
});
Bare_comp_7cbb41866e7a6fc1c7851af72b431e90_b13d681e.displayName = "Bare";
return Bare_comp_7cbb41866e7a6fc1c7851af72b431e90_b13d681e;
})();

export const Bare_comp_3a90f4204414062e2db17d9abf1ac8d5_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_3a90f4204414062e2db17d9abf1ac8d5_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____unsubscribe_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____unsubscribe_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____unsubscribe_state.message_rx_state_
    )
});
Bare_comp_3a90f4204414062e2db17d9abf1ac8d5_b13d681e.displayName = "Bare";
return Bare_comp_3a90f4204414062e2db17d9abf1ac8d5_b13d681e;
})();

export const Cond_comp_d493e1da25e64e56ec1e9524af34c13f_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_d493e1da25e64e56ec1e9524af34c13f_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____unsubscribe_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____unsubscribe_state")
    return(
        (!((reflex___state____state__udemy_clone___notifications___state____unsubscribe_state.message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d493e1da25e64e56ec1e9524af34c13f_b13d681e.displayName = "Cond";
return Cond_comp_d493e1da25e64e56ec1e9524af34c13f_b13d681e;
})();

export const Cond_comp_39730a252484fa0f99ed3e653907d9c9_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_39730a252484fa0f99ed3e653907d9c9_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____unsubscribe_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____unsubscribe_state")
    return(
        (!((reflex___state____state__udemy_clone___notifications___state____unsubscribe_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_39730a252484fa0f99ed3e653907d9c9_b13d681e.displayName = "Cond";
return Cond_comp_39730a252484fa0f99ed3e653907d9c9_b13d681e;
})();

export const Bare_comp_7eb8b09b446106a2d952b20759541499_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_7eb8b09b446106a2d952b20759541499_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____admin_emails_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____admin_emails_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____admin_emails_state.total_rx_state_
    )
});
Bare_comp_7eb8b09b446106a2d952b20759541499_b13d681e.displayName = "Bare";
return Bare_comp_7eb8b09b446106a2d952b20759541499_b13d681e;
})();

export const Foreach_comp_8f44a89d192dec134effe31e3bd8fe67_b13d681e = /*#__PURE__*/ (() => {
const Foreach_comp_8f44a89d192dec134effe31e3bd8fe67_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____admin_emails_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____admin_emails_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____admin_emails_state.rows_rx_state_ ?? [],((row_rx_state_,index_724793671e814effb13fd959929eda88)=>(jsx(RadixThemesTable.Row,{key:index_724793671e814effb13fd959929eda88},jsx(RadixThemesTable.Cell,{},row_rx_state_?.["id"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["to"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesLink,{css:({ ["cursor"] : "pointer", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),href:"#",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____admin_emails_state.preview", ({ ["email_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},row_rx_state_?.["subject"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["kind"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:(() => { switch (JSON.stringify(row_rx_state_?.["status"])) {case JSON.stringify("sent"):  return ("green");  break;case JSON.stringify("failed"):  return ("red");  break;case JSON.stringify("cancelled"):  return ("gray");  break;default:  return ("amber");  break;};})(),variant:"soft"},row_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["attempts"]),jsx(RadixThemesTable.Cell,{},row_rx_state_?.["when"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),size:"1"},row_rx_state_?.["error"]))))))
    )
});
Foreach_comp_8f44a89d192dec134effe31e3bd8fe67_b13d681e.displayName = "Foreach";
return Foreach_comp_8f44a89d192dec134effe31e3bd8fe67_b13d681e;
})();

export const Bare_comp_e43265d53118ec33f75ba3b9033b2bda_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_e43265d53118ec33f75ba3b9033b2bda_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____admin_emails_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____admin_emails_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____admin_emails_state.preview_subject_rx_state_
    )
});
Bare_comp_e43265d53118ec33f75ba3b9033b2bda_b13d681e.displayName = "Bare";
return Bare_comp_e43265d53118ec33f75ba3b9033b2bda_b13d681e;
})();

export const Bare_comp_4e91417f23b9fab8a6669fd7e3a580c7_b13d681e = /*#__PURE__*/ (() => {
const Bare_comp_4e91417f23b9fab8a6669fd7e3a580c7_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____admin_emails_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____admin_emails_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____admin_emails_state.preview_text_rx_state_
    )
});
Bare_comp_4e91417f23b9fab8a6669fd7e3a580c7_b13d681e.displayName = "Bare";
return Bare_comp_4e91417f23b9fab8a6669fd7e3a580c7_b13d681e;
})();

export const Dialogroot_dialog__root_acb44f11bf58dbeca0b237776443ed99_b13d681e = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_acb44f11bf58dbeca0b237776443ed99_b13d681e = memo(({children, ...rest}) => {
    const on_open_change_07707a631b1c9ba2a8c54bff321e75c0 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____admin_emails_state.close_preview", ({ ["_open"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___notifications___state____admin_emails_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____admin_emails_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_07707a631b1c9ba2a8c54bff321e75c0, open:reflex___state____state__udemy_clone___notifications___state____admin_emails_state.preview_open_rx_state_ }))},children)
    )
});
Dialogroot_dialog__root_acb44f11bf58dbeca0b237776443ed99_b13d681e.displayName = "DialogRoot";
return Dialogroot_dialog__root_acb44f11bf58dbeca0b237776443ed99_b13d681e;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_b13d681e = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_b13d681e = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_b13d681e.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_b13d681e;
})();
